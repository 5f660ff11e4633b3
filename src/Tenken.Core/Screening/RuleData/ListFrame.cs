namespace Tenken.Core.Screening.RuleData;

/// <summary>
/// How a rule uses one of its lists in a regular expression: the entries become alternatives between
/// <see cref="Before"/> and <see cref="After"/> (a window such as <c>^[^、。]{0,8}?</c>, an anchor such as <c>。?$</c>).
/// The frame is the rule's logic; the entries are the data.
/// </summary>
internal readonly record struct ListFrame(string List, string Before = "", string After = "");
