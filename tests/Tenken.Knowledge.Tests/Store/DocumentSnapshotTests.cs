using System.Reflection;
using System.Text.Json;
using Tenken.Core.Documents;
using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Tests.Store;

public sealed class DocumentSnapshotTests
{
    public sealed class Read
    {
        [Fact]
        public void Gives_back_every_field_that_write_was_given()
        {
            var document = new OrdinanceDocument
            {
                Id = "k518RG00000012", Title = "かつらぎ町手数料条例", Kind = "条例", Number = "条例第1号", Department = "総務課",
                SourcePath = "/x/k.html", Format = "reiki-base",
                Appendices = [new Appendix("別表", "別表第1", "一　手数料　300円", 90)],
                Articles =
                [
                    new Article
                    {
                        Key = "k#3_2", DocumentId = "k", Num = "3_2", Title = "第三条の二", Caption = "（申請）", Provision = ProvisionKind.Supplementary,
                        SupplementaryLabel = "附　則", Divisions = ["第一章　総則"], Deleted = true, Line = 12,
                        Paragraphs =
                        [
                            new Paragraph
                            {
                                Num = "2", NumText = "２", Caption = "（項見出し）", Text = "申請書を提出しなければならない。", TableRows = ["a　b"], Line = 13,
                                Items = [new Item { Num = "1", Title = "一", Text = "氏名", Depth = 1, Line = 14, TableRows = ["r"], Children = [new Item { Num = "1", Title = "イ", Text = "住所", Depth = 2, Line = 15 }] }],
                            },
                        ],
                    },
                    new Article
                    {
                        Key = "k#様式第1号", DocumentId = "k", Num = "様式第1号", Title = "様式第１号", Caption = "（第3条関係）", Provision = ProvisionKind.Form, Line = 40,
                        Paragraphs = [new Paragraph { Num = "1", Text = "申請書\n氏名　　　印", Line = 41 }],
                    },
                ],
            };

            var copy = DocumentSnapshot.Read(DocumentSnapshot.Write(document));

            Assert.Equal(JsonSerializer.Serialize(document), JsonSerializer.Serialize(copy));
            Assert.Equal(document.Articles[0].Text, copy.Articles[0].Text);
            Assert.Equal(ProvisionKind.Form, copy.Articles[1].Provision);
            Assert.Equal("申請書\n氏名　　　印", copy.Articles[1].Text);
        }

        [Fact]
        public void RefusesASnapshotOfAnEarlierFormat()
        {
            var bytes = DocumentSnapshot.Write(new OrdinanceDocument { Id = "k", Title = "t", SourcePath = "k.txt", Format = "text" });
            bytes[0] = 1;

            Assert.Throws<InvalidDataException>(() => DocumentSnapshot.Read(bytes));
        }

        /// <summary>Fails when the document model gains a property the snapshot does not carry: add it to DocumentSnapshot.</summary>
        [Theory]
        [InlineData(typeof(OrdinanceDocument), "Id,Title,Kind,Number,Department,SourcePath,Format,Articles,Appendices")]
        [InlineData(typeof(Article), "Key,DocumentId,Num,Title,Caption,Provision,SupplementaryLabel,Divisions,Paragraphs,Deleted,Line")]
        [InlineData(typeof(Paragraph), "Num,NumText,Caption,Text,Items,TableRows,Line")]
        [InlineData(typeof(Item), "Num,Title,Text,Depth,Children,TableRows,Line")]
        [InlineData(typeof(Appendix), "Kind,Title,Text,Line")]
        public void Covers_every_settable_property_of_the_model(Type type, string known)
        {
            var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name).Order();
            Assert.Equal(known.Split(',').Order(), settable);
        }
    }
}
