namespace Tenken.Core.Drafting.Units;

/// <summary>Which part of a cited 条・項・号 a 改め文 names: the whole, or 見出し, 各号列記以外の部分, 本文, ただし書, 前段, 後段.</summary>
public enum UnitPart
{
    /// <summary>The unit with everything under it (第三条第二項 includes its 号).</summary>
    Whole,
    /// <summary>第三条の見出し: the article's caption only.</summary>
    Heading,
    /// <summary>第三条（見出しを含む。）: the article and its caption.</summary>
    WithHeading,
    /// <summary>各号列記以外の部分: the unit's own sentences, not its 号 or イロハ.</summary>
    Lead,
    /// <summary>本文: the own sentences before ただし書.</summary>
    Body,
    /// <summary>ただし書.</summary>
    Proviso,
    /// <summary>前段: the first sentence of the own text.</summary>
    First,
    /// <summary>後段: the sentences after the first.</summary>
    Second,
}
