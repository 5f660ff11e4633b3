using System.Text.Json.Serialization;
using Tenken.Core.Screening.Model;

namespace Tenken.Knowledge.Store;

/// <summary>Compile-time JSON metadata for the model types the store keeps (faster than reflection on a rescan).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(ArticleExtra))]
[JsonSerializable(typeof(AiReview))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
