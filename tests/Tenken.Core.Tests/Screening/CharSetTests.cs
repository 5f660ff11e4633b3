using Tenken.Core.Screening.Lexicon;

namespace Tenken.Core.Tests.Screening;

public sealed class CharSetTests
{
    public sealed class Contains
    {
        [Fact]
        public void HoldsExactlyTheGivenCharactersAcrossTheWholeRange()
        {
            char[] members = ['\0', 'A', '書', '印', '\uFFFF', '\uD800'];
            var set = new CharSet(members);
            for (var c = 0; c <= char.MaxValue; c++)
                Assert.Equal(members.Contains((char)c), set.Contains((char)c));
        }
    }
}
