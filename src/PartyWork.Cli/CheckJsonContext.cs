using System.Text.Json.Serialization;

namespace PartyWork.Cli;

/// <summary>Source-generated JSON metadata for the output of <c>partywork check --json</c> (camelCase, indented, nulls written).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(CheckReport))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;
