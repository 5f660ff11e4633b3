namespace Tenken.Core.Numerals;

/// <summary>How a 号 or sub-item label is written; items of one list share a style, a new style opens a deeper level.</summary>
public enum ItemStyle
{
    /// <summary>一, 二の二, 一から三まで</summary>
    Kanji,
    /// <summary>(1), （１）</summary>
    ParenArabic,
    /// <summary>(一), （二）</summary>
    ParenKanji,
    /// <summary>①, ②</summary>
    Circled,
    /// <summary>イ, ロ (イロハ) or ア, イ (五十音)</summary>
    Katakana,
    /// <summary>(イ), （ア）</summary>
    ParenKatakana,
    /// <summary>(i), （ｉｉ）</summary>
    ParenRoman,
    /// <summary>1), １）</summary>
    HalfParenArabic,
    /// <summary>第一, 第二 (old laws: 左の順序による。第一　…)</summary>
    DaiKanji,
}
