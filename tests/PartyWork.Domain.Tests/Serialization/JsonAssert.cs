using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PartyWork.Domain.Serialization;

namespace PartyWork.Domain.Tests.Serialization;

/// <summary>Round trips through both paths: reflection with <see cref="PartyWorkJson.CreateOptions"/>, and <see cref="PartyWorkJsonContext"/>.</summary>
internal static class JsonAssert
{
    /// <summary>Gets the reflection-based options the tests share.</summary>
    public static JsonSerializerOptions Options { get; } = PartyWorkJson.CreateOptions();

    /// <summary>
    /// Serializes with both paths (the JSON must be identical), reads each back, and checks the value is equal and writes
    /// the same JSON again (so nothing written is lost, decimal scales included).
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="info">The source-generated metadata of the type.</param>
    /// <param name="equal">The equality to check; <see cref="EqualityComparer{T}.Default"/> when null.</param>
    /// <returns>The JSON.</returns>
    public static string RoundTrips<T>(T value, JsonTypeInfo<T> info, Func<T, T, bool>? equal = null) =>
        RoundTrips(value, info, Options, equal);

    /// <summary>As <see cref="RoundTrips{T}(T, JsonTypeInfo{T}, Func{T, T, bool}?)"/>, with the caller's reflection-based options.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="info">The source-generated metadata of the type.</param>
    /// <param name="options">The reflection-based options.</param>
    /// <param name="equal">The equality to check; <see cref="EqualityComparer{T}.Default"/> when null.</param>
    /// <returns>The JSON.</returns>
    public static string RoundTrips<T>(T value, JsonTypeInfo<T> info, JsonSerializerOptions options, Func<T, T, bool>? equal = null)
    {
        equal ??= EqualityComparer<T>.Default.Equals;
        var reflectionJson = JsonSerializer.Serialize(value, options);
        var contextJson = JsonSerializer.Serialize(value, info);
        Assert.Equal(reflectionJson, contextJson);

        var viaReflection = JsonSerializer.Deserialize<T>(reflectionJson, options)!;
        var viaContext = JsonSerializer.Deserialize(contextJson, info)!;
        Assert.True(equal(value, viaReflection), $"Reflection round trip changed the value: {reflectionJson}");
        Assert.True(equal(value, viaContext), $"Source-generated round trip changed the value: {contextJson}");
        Assert.Equal(reflectionJson, JsonSerializer.Serialize(viaReflection, options));
        Assert.Equal(contextJson, JsonSerializer.Serialize(viaContext, info));
        return reflectionJson;
    }

    /// <summary>Reads <paramref name="json"/> with both paths; whatever happens, nothing but <see cref="JsonException"/> may be thrown.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="json">Any text.</param>
    /// <param name="info">The source-generated metadata of the type.</param>
    /// <returns><see langword="true"/> when both paths either succeed or throw <see cref="JsonException"/>, and agree.</returns>
    public static bool FailsOnlyWithJsonException<T>(string json, JsonTypeInfo<T> info) => FailsOnlyWithJsonException(json, info, Options);

    /// <summary>As <see cref="FailsOnlyWithJsonException{T}(string, JsonTypeInfo{T})"/>, with the caller's reflection-based options.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="json">Any text.</param>
    /// <param name="info">The source-generated metadata of the type.</param>
    /// <param name="options">The reflection-based options.</param>
    /// <returns><see langword="true"/> when both paths either succeed or throw <see cref="JsonException"/>, and agree.</returns>
    public static bool FailsOnlyWithJsonException<T>(string json, JsonTypeInfo<T> info, JsonSerializerOptions options)
    {
        var reflection = Outcome(() => JsonSerializer.Deserialize<T>(json, options));
        var context = Outcome(() => JsonSerializer.Deserialize(json, info));
        return reflection.Ok && context.Ok && reflection.Failed == context.Failed;
    }

    private static (bool Ok, bool Failed) Outcome<T>(Func<T> read)
    {
        try
        {
            read();
            return (true, false);
        }
        catch (JsonException)
        {
            return (true, true);
        }
#pragma warning disable CA1031 // The property under test is precisely that no other exception escapes.
        catch (Exception)
#pragma warning restore CA1031
        {
            return (false, true);
        }
    }
}
