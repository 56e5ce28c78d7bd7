using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Serialization;

namespace PartyWork.Domain.Tests.Serialization;

/// <summary>Registration in one call, the converter factory, and the context kept in step with it.</summary>
public sealed class PartyWorkJsonTests
{
    [Fact]
    public void Configure_Null_ThrowsArgumentNullException() =>
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => PartyWorkJson.Configure(null!)).ParamName);

    [Fact]
    public void Configure_ReadOnlyOptions_ThrowsInvalidOperationException()
    {
        var options = new JsonSerializerOptions();
        options.MakeReadOnly(populateMissingResolver: true);
        Assert.Throws<InvalidOperationException>(() => PartyWorkJson.Configure(options));
    }

    [Fact]
    public void Configure_ReturnsTheSameOptions_AndTheyConvertOurTypes()
    {
        var options = new JsonSerializerOptions();
        Assert.Same(options, PartyWorkJson.Configure(options));
        Assert.Equal("\"Good\"", JsonSerializer.Serialize(RatingLevel.Good, options));
        Assert.Equal("\"2024-07-01\"", JsonSerializer.Serialize(new LocalDate(2024, 7, 1), options));
    }

    [Fact]
    public void CreateOptions_UsesCamelCase_ForTheCallersOwnTypes()
    {
        var json = JsonSerializer.Serialize(new Report(RatingLevel.Excellent, RatingTally.FromCounts(1, 2, 3, 4)), PartyWorkJson.CreateOptions());
        Assert.Equal("""{"level":"Excellent","tally":{"excellent":1,"good":2,"completed":3,"notCompleted":4}}""", json);
    }

    [Fact]
    public void Factory_BadArguments_Throw()
    {
        var factory = new PartyWorkJsonConverterFactory();
        Assert.Throws<ArgumentNullException>(() => factory.CanConvert(null!));
        Assert.Throws<ArgumentNullException>(() => factory.CreateConverter(null!, JsonSerializerOptions.Default));
        Assert.False(factory.CanConvert(typeof(string)));
        Assert.Throws<ArgumentException>(() => factory.CreateConverter(typeof(string), JsonSerializerOptions.Default));
    }

    [Fact]
    public void Factory_ConvertsEveryTypeItLists_WithThatTypesConverter()
    {
        var factory = new PartyWorkJsonConverterFactory();
        Assert.NotEmpty(PartyWorkJsonConverterFactory.SupportedTypes);
        foreach (var type in PartyWorkJsonConverterFactory.SupportedTypes)
        {
            Assert.True(factory.CanConvert(type));
            Assert.Equal(type, factory.CreateConverter(type, JsonSerializerOptions.Default).Type);
        }
    }

    [Fact]
    public void Context_CoversEveryFactoryType_AndItsEnumerationsAreNames()
    {
        var generated = typeof(PartyWorkJsonContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(System.Text.Json.Serialization.Metadata.JsonTypeInfo<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .ToHashSet();
        var ours = generated.Where(t => t.Namespace!.StartsWith("PartyWork.Domain", StringComparison.Ordinal)).ToHashSet();
        var supported = PartyWorkJsonConverterFactory.SupportedTypes;
        Assert.Empty(supported.Except(ours));
        Assert.Empty(ours.Where(t => t.IsEnum).Except(supported));
        Assert.Contains(typeof(LocalDate), generated);
    }

    [Fact]
    public void EveryPublicEnumeration_IsSupported_AndEveryMemberIsWrittenAsItsName_OnBothPaths()
    {
        var enums = typeof(PartyWorkJson).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToArray();
        Assert.True(enums.Length >= 25, $"only {enums.Length} public enumerations found");
        Assert.Empty(enums.Except(PartyWorkJsonConverterFactory.SupportedTypes));
        var reflection = PartyWorkJson.CreateOptions();
        foreach (var type in enums)
        {
            var info = PartyWorkJsonContext.Default.GetTypeInfo(type);
            Assert.True(info is not null, $"PartyWorkJsonContext has no metadata for {type.Name}");
            foreach (var value in Enum.GetValues(type))
            {
                var expected = "\"" + value + "\"";
                Assert.Equal(expected, JsonSerializer.Serialize(value, type, reflection));
                Assert.Equal(expected, JsonSerializer.Serialize(value, info));
                Assert.Equal(value, JsonSerializer.Deserialize(expected, type, reflection));
                Assert.Equal(value, JsonSerializer.Deserialize(expected, info));
            }

            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("1", info));
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"NoSuchMember\"", info));
        }
    }

    [Fact]
    public void EveryPublicConverter_IsListedByTheFactory_ButTheGenericOneOfRankings()
    {
        var converters = typeof(PartyWorkJson).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace == typeof(PartyWorkJson).Namespace && t.BaseType is { IsGenericType: true } b
                && b.GetGenericTypeDefinition() == typeof(JsonConverter<>))
            .ToArray();
        Assert.Equal([typeof(RankedItemJsonConverter<>)], converters.Where(t => t.IsGenericTypeDefinition));
        var types = converters.Where(t => !t.IsGenericTypeDefinition).Select(t => t.BaseType!.GetGenericArguments()[0]).ToHashSet();
        Assert.Empty(types.Except(PartyWorkJsonConverterFactory.SupportedTypes));
        Assert.False(new PartyWorkJsonConverterFactory().CanConvert(typeof(RankedItem<string>)));
    }

    /// <summary>A caller's type.</summary>
    /// <param name="Level">A level.</param>
    /// <param name="Tally">A tally.</param>
    private sealed record Report(RatingLevel Level, RatingTally Tally);
}
