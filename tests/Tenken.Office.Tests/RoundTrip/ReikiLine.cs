namespace Tenken.Office.Tests.RoundTrip;

/// <summary>What a rendered line is, so the .docx writer can choose a style or Word list numbering for it.</summary>
internal enum ReikiLineKind
{
    Title,
    Number,
    Division,
    Caption,
    Article,
    Paragraph,
    Item,
    Row,
    Supplementary,
}

/// <summary>
/// One line of an ordinance in the usual printed layout: <see cref="Label"/> (第一条, ２, 一, イ…) and
/// <see cref="Body"/>. Items carry their depth and the id of their paragraph's item tree; <see cref="AutoNumber"/>
/// says the whole tree is numbered 一二三 / イロハ / （１）（２） in order, so Word list numbering can print it.
/// </summary>
internal sealed record ReikiLine(ReikiLineKind Kind, string Label, string Body, int Depth = 0, int ListId = 0, bool AutoNumber = false)
{
    public string Text => Label.Length == 0 ? Body : Body.Length == 0 ? Label : $"{Label}　{Body}";
}
