namespace Tenken.Core.Documents;

/// <summary>The other end of a link between an article and a 様式 or 別表: its key and its label (様式第1号, 第3条).</summary>
public sealed record UnitLink(string Key, string Label);
