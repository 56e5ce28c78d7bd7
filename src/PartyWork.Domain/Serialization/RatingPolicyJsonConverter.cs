using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a built-in <see cref="RatingPolicy"/> as its <see cref="RatingPolicy.Name"/>
/// (<c>"Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW"</c>) and reads a name back as that very policy of
/// <see cref="RatingPolicies.All"/>.
/// </summary>
/// <remarks>
/// A policy is a whole rule book (bands, conditions, triggers, quotas); only the built-in ones have a JSON contract, by
/// name. A custom policy (one changed with <c>with</c>) cannot be written: <see cref="JsonException"/>, rather than a
/// name that would read back as a different policy. A policy equal to a built-in one is written by that one's name.
/// See docs/decisions/serialization-review-events.md.
/// </remarks>
public sealed class RatingPolicyJsonConverter : JsonConverter<RatingPolicy>
{
    /// <summary>Gets the shared instance, used by the converters of review events and decisions.</summary>
    /// <value>A stateless converter.</value>
    internal static RatingPolicyJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string naming a policy of <see cref="RatingPolicies.All"/>.</exception>
    public override RatingPolicy Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadPolicy(ref reader, "a rating policy");

    /// <inheritdoc/>
    /// <exception cref="JsonException"><paramref name="value"/> is not a built-in policy (nor equal to one).</exception>
    public override void Write(Utf8JsonWriter writer, RatingPolicy value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(NameOf(value));
    }

    /// <summary>Reads the name of a built-in policy.</summary>
    /// <param name="reader">The reader, on the string.</param>
    /// <param name="what">What the value is, for example "'policy'".</param>
    /// <returns>The policy of <see cref="RatingPolicies.All"/> with that name.</returns>
    /// <exception cref="JsonException">The token is not a string naming a built-in policy.</exception>
    internal static RatingPolicy ReadPolicy(ref Utf8JsonReader reader, string what) =>
        Find(JsonFields.String(ref reader, Expected(what)), what);

    /// <summary>Finds a built-in policy by its name.</summary>
    /// <param name="name">The name read.</param>
    /// <param name="what">What the value is, for example "'policy'".</param>
    /// <returns>The policy of <see cref="RatingPolicies.All"/> with that name (ordinal comparison).</returns>
    /// <exception cref="JsonException">No built-in policy has that name.</exception>
    internal static RatingPolicy Find(string name, string what)
    {
        foreach (var policy in RatingPolicies.All)
        {
            if (string.Equals(policy.Name, name, StringComparison.Ordinal))
            {
                return policy;
            }
        }

        throw new JsonException($"Expected {Expected(what)}, but found \"{JsonFields.Shorten(name)}\".");
    }

    /// <summary>Gets the name a policy is written as.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The name of the built-in policy it is (or equals).</returns>
    /// <exception cref="JsonException"><paramref name="policy"/> is not built in.</exception>
    internal static string NameOf(RatingPolicy policy)
    {
        foreach (var builtIn in RatingPolicies.All)
        {
            if (ReferenceEquals(builtIn, policy) || builtIn == policy)
            {
                return builtIn.Name;
            }
        }

        throw new JsonException(
            $"Cannot write the rating policy \"{policy.Name}\": only the policies of RatingPolicies.All have a JSON contract (by name); a custom policy must be stored by the caller.");
    }

    private static string Expected(string what) =>
        $"{what}: the name of a policy of RatingPolicies.All (\"{string.Join("\", \"", RatingPolicies.All.Select(p => p.Name))}\")";
}
