using System.Runtime.CompilerServices;

namespace Tenken.Core.Screening.Lexicon;

/// <summary>
/// A set of UTF-16 characters as a 64K-bit map: one load and one test per character. The screening loops use it
/// instead of <see cref="System.Buffers.SearchValues{T}"/>, whose vectorised search has no precompiled code on many
/// CPUs and so runs unoptimised for most of a short run; Japanese text also hits the set every few characters,
/// where a per-call vectorised search does not pay.
/// </summary>
internal sealed class CharSet
{
    private readonly ulong[] _bits = new ulong[65536 / 64];

    public CharSet(IEnumerable<char> chars)
    {
        foreach (var c in chars)
            _bits[c >> 6] |= 1UL << c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;
}
