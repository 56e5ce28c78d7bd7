using System.Text.Json.Serialization;

namespace PartyWork.Cli;

/// <summary>Source-generated JSON metadata for <c>partywork rollup --json</c> and <c>partywork rate --json</c> (camelCase, indented, nulls written).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RollupJson))]
[JsonSerializable(typeof(RateJson))]
internal sealed partial class CsvJsonContext : JsonSerializerContext;
