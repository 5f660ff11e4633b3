namespace Tenken.Core.Drafting.Aratamebun;

/// <summary>What a piece of a 改め文 is, as the tokenizer classifies it.</summary>
public enum TokenKind
{
    Quote,
    Location,
    /// <summary>中, after a location.</summary>
    In,
    /// <summary>を</summary>
    Wo,
    /// <summary>に</summary>
    Ni,
    /// <summary>の次に</summary>
    After,
    /// <summary>及び</summary>
    And,
    Comma,
    Period,
    /// <summary>改め (the sentence goes on)</summary>
    Replace,
    /// <summary>改める</summary>
    ReplaceEnd,
    /// <summary>加え</summary>
    Insert,
    /// <summary>加える</summary>
    InsertEnd,
    /// <summary>削り</summary>
    Delete,
    /// <summary>削る</summary>
    DeleteEnd,
    /// <summary>Text the grammar does not know.</summary>
    Unknown,
}

/// <summary>One classified piece of a sentence: its kind, its text (a quote's content without 「」) and where it starts.</summary>
public sealed record AratamebunToken(TokenKind Kind, string Text, int Offset);
