using System.Text.Json;
using Tenken.Core.Serialization;

namespace Tenken.Core.Reports.Json;

/// <summary>
/// results.json written as the scan goes: each document's articles (rendered ahead on the screening threads by
/// <see cref="JsonReportWriter.Prepare"/>) go to the file and are let go, so the run does not hold tens of MB of
/// JSON until the end.
/// </summary>
internal sealed class JsonReportStream : IReportStream
{
    private readonly JsonReportWriter _writer;
    private readonly Utf8JsonWriter _json;

    public JsonReportStream(JsonReportWriter writer, Stream output)
    {
        _writer = writer;
        _json = new Utf8JsonWriter(output, JsonDefaults.Indented);
        JsonReportWriter.WriteHead(_json);
    }

    public void Add(DocumentResult document) => JsonReportWriter.WriteArticles(_json, _writer.TakeArticles(document));

    public void Finish(ReviewReport report) => JsonReportWriter.WriteTail(_json, report);

    public void Dispose() => _json.Dispose();
}
