using System.Globalization;

namespace Tenken.Knowledge.Store;

/// <summary>Timestamps are stored as ISO 8601 text with the UTC offset, so they sort and read the same everywhere.</summary>
internal static class Timestamps
{
    public static string Now() => Format(DateTimeOffset.Now);

    public static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>Cuts to whole milliseconds, the precision <see cref="Format"/> keeps.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.Ticks - value.Ticks % TimeSpan.TicksPerMillisecond, value.Offset);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : default;
}
