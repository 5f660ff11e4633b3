using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Tenken.Core.Screening.Model;

namespace Tenken.Knowledge.Store;

/// <summary>
/// JSON for what the store keeps of the model (findings, suppressed cues, model answers). It follows the model
/// types (source-generated metadata), so a property added to them is kept without a change here; computed
/// (get-only) properties such as <see cref="Finding.IsActive"/> are left out.
/// </summary>
internal static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = StoreJsonContext.Default.WithAddedModifier(SkipComputed),
    };

    /// <summary>A rule finding as screened: the model's review, the decision and precedents are kept elsewhere.</summary>
    public static string Finding(Finding finding) =>
        JsonSerializer.Serialize(finding with { Ai = null, Decision = null, Precedents = [] }, Options);

    public static Finding ReadFinding(string json) =>
        JsonSerializer.Deserialize<Finding>(json, Options) ?? throw new JsonException("empty finding");

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"empty {typeof(T).Name}");

    private static void SkipComputed(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            var property = type.Properties[i];
            if (property.Set is null && !HasConstructorParameter(type, property))
                type.Properties.RemoveAt(i);
        }
    }

    private static bool HasConstructorParameter(JsonTypeInfo type, JsonPropertyInfo property) =>
        type.Type.GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)));
}

/// <summary>What the screening said of an article besides its findings.</summary>
internal sealed record ArticleExtra(IReadOnlyList<SuppressedCue> Suppressed, LegalBasis? Basis);
