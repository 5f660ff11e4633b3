namespace Tenken.Core.Screening.Lexicon;

/// <summary>What a lexicon line does (column 3 of the lexicon file; docs/lexicon.md).</summary>
public enum LexiconRole
{
    /// <summary>手がかり: a phrase that signals the category by itself (subject to the context rules).</summary>
    Cue,
    /// <summary>動詞: an ambiguous verb (検査, 提出 …) that counts only with a manner of the same category nearby.</summary>
    Verb,
    /// <summary>態様: a manner or place (実地に, 書面で, 事務所に …) that makes a following verb count.</summary>
    Manner,
    /// <summary>電子: a digital route (電磁的方法 …); near a cue it lowers or removes the finding.</summary>
    Digital,
    /// <summary>除外: a phrase that contains a cue but is not a requirement (副本部長, 電子署名 …).</summary>
    Exclude,
    /// <summary>機関: an organ of the state or municipality, for the organ-to-organ rule.</summary>
    Organ,
    /// <summary>無効: switches off every earlier line with the same category and pattern (e.g. a built-in one).</summary>
    Off,
}
