using Tenken.Core.Documents;

namespace Tenken.Core.Tests.Documents;

public sealed class UnitLabelTests
{
    public sealed class Normalize
    {
        [Theory]
        [InlineData("様式第１号", "様式第1号")]
        [InlineData("様式　第１号の２", "様式第1号の2")]
        [InlineData("第２号様式", "第2号様式")]
        [InlineData("別表第一", "別表第一")]
        [InlineData("別 表", "別表")]
        public void MakesDigitsAsciiAndDropsSpaces(string printed, string expected) => Assert.Equal(expected, UnitLabel.Normalize(printed));
    }

    public sealed class Canonical
    {
        [Theory]
        [InlineData("別表第十二", "別表第12")]
        [InlineData("様式第一号の二", "様式第1号の2")]
        [InlineData("様式第１号", "様式第1号")]
        public void WritesEveryNumberInDigits(string label, string expected) => Assert.Equal(expected, UnitLabel.Canonical(label));
    }
}
