using Tenken.Core.Reading;
using Tenken.Core.Structure.Building;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class KeyAllocatorTests
{
    private static ArticleDraft Article(string num) => new() { Num = num, Title = $"第{num}条", Line = 1 };

    public sealed class For
    {
        [Fact]
        public void EachDuplicateGetsTheNextSuffixOfItsOwnKeyWithAWarning()
        {
            var fixture = new BuildFixture();
            var keys = new KeyAllocator("t", "t.txt", fixture.Context.Read);

            string[] given = [keys.For(Article("1")), keys.For(Article("2")), keys.For(Article("1")), keys.For(Article("2")), keys.For(Article("1"))];

            Assert.Equal(["t#1", "t#2", "t#1~2", "t#2~2", "t#1~3"], given);
            Assert.Equal(3, fixture.Codes.Count(c => c == "TK2002"));
            Assert.Equal("第1条 が重複しています。キー t#1~3 を付けました。", fixture.Diagnostics.ToList()[^1].Message);
        }

        [Fact]
        public void ASuffixAlreadyTakenAsAKeyOfItsOwnIsSkipped()
        {
            var keys = new KeyAllocator("t", "t.txt", new ReadContext(ReaderOptions.Default, new()));

            Assert.Equal("t#様式1~2", keys.ForAppended("様式1~2", "様式", 1));
            Assert.Equal("t#様式1", keys.ForAppended("様式1", "様式", 2));
            Assert.Equal("t#様式1~3", keys.ForAppended("様式1", "様式", 3));
            Assert.Equal("t#様式1~4", keys.ForAppended("様式1", "様式", 4));
        }
    }
}
