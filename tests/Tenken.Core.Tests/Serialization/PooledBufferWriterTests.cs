using Tenken.Core.Serialization;

namespace Tenken.Core.Tests.Serialization;

public sealed class PooledBufferWriterTests
{
    public sealed class GetSpan
    {
        [Fact]
        public void Grows_past_the_first_buffer_and_keeps_what_was_written()
        {
            using var writer = new PooledBufferWriter(256);
            var expected = new List<byte>();
            for (var i = 0; i < 5000; i++)
            {
                writer.GetSpan(1)[0] = (byte)i;
                writer.Advance(1);
                expected.Add((byte)i);
            }
            Assert.Equal(5000, writer.WrittenCount);
            Assert.Equal(expected, writer.WrittenSpan.ToArray());
        }

        [Fact]
        public void Gives_at_least_the_size_asked_for()
        {
            using var writer = new PooledBufferWriter(256);
            Assert.True(writer.GetSpan(100_000).Length >= 100_000);
        }
    }

    public sealed class Dispose
    {
        [Fact]
        public void Forgets_the_written_bytes_and_refuses_further_writes()
        {
            var writer = new PooledBufferWriter();
            writer.GetSpan(4)[..4].Fill(1);
            writer.Advance(4);
            writer.Dispose();
            Assert.Equal(0, writer.WrittenCount);
            Assert.Throws<ObjectDisposedException>(() => writer.GetSpan());
            writer.Dispose();
        }
    }
}
