namespace Tenken.Core.Structure;

/// <summary>What a line is, as decided by the <see cref="LineClassifier"/> before the tree is built.</summary>
public enum LineKind
{
    Blank,
    /// <summary>例規名 (○かつらぎ町表彰規程).</summary>
    Title,
    /// <summary>公布日・例規番号 (平成9年11月14日 条例第25号).</summary>
    Number,
    /// <summary>目次.</summary>
    TableOfContents,
    /// <summary>編・章・節・款・目 heading.</summary>
    Division,
    /// <summary>見出し on a line of its own: （目的）.</summary>
    Caption,
    /// <summary>第一条 / 第1条の2 / 第5条から第7条まで.</summary>
    Article,
    /// <summary>A numbered 項 (２ …), or an unnumbered one when the reader says so.</summary>
    Paragraph,
    /// <summary>号 or sub-item: 一 / (1) / （１） / ① / イ / ア.</summary>
    Item,
    /// <summary>附則 heading.</summary>
    Supplementary,
    /// <summary>別表 / 別記様式 / 様式第1号 heading.</summary>
    Appendix,
    /// <summary>One row of a table, cells joined by a full-width space.</summary>
    TableRow,
    /// <summary>Anything else: a wrapped line, an unnumbered 項, a preamble.</summary>
    Text,
    Ignore,
}
