namespace Tenken.Core.Drafting.Numbering;

/// <summary>How a number is written in a 第N条 reference: 三, 3 or ３.</summary>
public enum NumeralScript
{
    Kanji,
    HalfWidth,
    FullWidth,
}
