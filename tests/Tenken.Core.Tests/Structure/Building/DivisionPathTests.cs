using Tenken.Core.Structure.Building;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class DivisionPathTests
{
    public sealed class Enter
    {
        [Fact]
        public void AHeadingClosesTheOpenHeadingsOfItsLevelAndBelow()
        {
            var path = new DivisionPath();
            path.Enter(2, "第1章　総則");
            path.Enter(3, "第1節　通則");
            path.Enter(3, "第2節　手続");
            Assert.Equal(["第1章　総則", "第2節　手続"], path.Headings());

            path.Enter(2, "第2章　雑則");
            Assert.Equal(["第2章　雑則"], path.Headings());
        }

        [Fact]
        public void TheHeadingsTakenEarlierDoNotChangeWhenThePathMovesOn()
        {
            var path = new DivisionPath();
            path.Enter(2, "第1章　総則");
            var taken = path.Headings();
            path.Clear();

            Assert.Equal(["第1章　総則"], taken);
            Assert.Empty(path.Headings());
        }
    }
}
