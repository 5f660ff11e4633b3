using Tenken.Core.Serialization;

namespace Tenken.Core.Reports.Json;

/// <summary>
/// A document's articles rendered as compact JSON objects, back to back in one pooled buffer. Disposed once copied
/// to the output; taken by exactly one writer (see <see cref="JsonReportWriter"/>).
/// </summary>
internal sealed class RenderedArticles(PooledBufferWriter buffer, int[] ends) : IDisposable
{
    public int Count => ends.Length;

    public ReadOnlySpan<byte> this[int index]
    {
        get
        {
            var start = index == 0 ? 0 : ends[index - 1];
            return buffer.WrittenSpan[start..ends[index]];
        }
    }

    public void Dispose() => buffer.Dispose();
}
