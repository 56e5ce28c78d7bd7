using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Serialization;

namespace PartyWork.Domain.Tests.Serialization;

/// <summary>
/// A caller's own source-generated context for rankings of quota groups, set up as docs/json.md says: the library's
/// factory and one <see cref="RankedItemJsonConverter{T}"/> per item type.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(PartyWorkJsonConverterFactory), typeof(RankedItemJsonConverter<QuotaGroup>), typeof(RankedItemJsonConverter<string>)])]
[JsonSerializable(typeof(RankedItem<QuotaGroup>))]
[JsonSerializable(typeof(RankedItem<string>))]
[JsonSerializable(typeof(QuotaGroup))]
[JsonSerializable(typeof(string))]
internal sealed partial class RankedItemContext : JsonSerializerContext
{
    /// <summary>Gets reflection-based options with the same converters.</summary>
    public static JsonSerializerOptions ReflectionOptions { get; } = CreateReflectionOptions();

    private static JsonSerializerOptions CreateReflectionOptions()
    {
        var options = PartyWorkJson.CreateOptions();
        options.Converters.Add(new RankedItemJsonConverter<QuotaGroup>());
        options.Converters.Add(new RankedItemJsonConverter<string>());
        return options;
    }
}
