using Tenken.Core.Diagnostics;
using Tenken.Core.Reading;
using Tenken.Core.Structure;
using Tenken.Core.Structure.Building;

namespace Tenken.Core.Tests.Structure.Building;

/// <summary>Classified lines and a fresh context for testing one building step on its own.</summary>
internal sealed class BuildFixture
{
    public BuildFixture(bool supplementaryParagraphs = false) =>
        Context = new BuildContext(
            new DocumentHeader("t", "t.txt", "text"),
            new ReadContext(new ReaderOptions { IncludeSupplementaryParagraphs = supplementaryParagraphs }, Diagnostics));

    public DiagnosticBag Diagnostics { get; } = new();

    public BuildContext Context { get; }

    public IEnumerable<string> Codes => Diagnostics.ToList().Select(d => d.Code);

    public static ClassifiedLine Line(string text, int number = 1, LineHint hint = LineHint.None) =>
        LineClassifier.Classify(new SourceLine(number, text, hint));
}
