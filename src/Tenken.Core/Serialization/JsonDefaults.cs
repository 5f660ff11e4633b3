using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tenken.Core.Serialization;

/// <summary>Writer options shared by every JSON output: Japanese kept readable, not \u-escaped.</summary>
public static class JsonDefaults
{
    public static JsonWriterOptions Compact { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    };

    public static JsonWriterOptions Indented { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };
}
