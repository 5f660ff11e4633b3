using Tenken.Core.Diagnostics;
using Tenken.Core.Reading;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Reading;

public sealed class ReaderPipelineTests
{
    public sealed class ExpandPaths
    {
        [Fact]
        public void TakesEveryFileOfAFolderSoThatNoneIsSkippedInSilence()
        {
            using var temp = new TempFolder();
            foreach (var name in new[] { "b/jorei.txt", "scan.png", "export.xyz", "README.md", ".hidden.txt", "~$jorei.docx", "Thumbs.db" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(temp.File(name))!);
                File.WriteAllText(temp.File(name), "x");
            }
            var bag = new DiagnosticBag();

            var files = new ReaderPipelineBuilder().UseCoreReaders().Build().ExpandPaths([temp.Path], bag);

            Assert.Equal(["b/jorei.txt", "export.xyz", "scan.png"], files.Select(f => Path.GetRelativePath(temp.Path, f).Replace('\\', '/')));
            // Notes beside the 例規 are listed, not read and not errors.
            Assert.Equal(["README.md", "Thumbs.db"], bag.ToList().Select(d => Path.GetFileName(d.File)).Order());
            Assert.All(bag.ToList(), d => Assert.Equal((DiagnosticSeverity.Info, "TK0007"), (d.Severity, d.Code)));
        }

        [Fact]
        public void AFileThatNoReaderTakesFailsByName()
        {
            using var temp = new TempFolder();
            File.WriteAllText(temp.File("export.xyz"), "第1条　目的");
            var pipeline = new ReaderPipelineBuilder().UseCoreReaders().Build();

            var result = Assert.Single(pipeline.ReadAll(pipeline.ExpandPaths([temp.Path], new DiagnosticBag()), TestContext.Current.CancellationToken));

            Assert.True(result.Failed);
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal((temp.File("export.xyz"), "TK0005"), (error.File, error.Code));
            Assert.Contains("対応していない形式です（拡張子「.xyz」）", error.Message, StringComparison.Ordinal);
        }
    }
}
