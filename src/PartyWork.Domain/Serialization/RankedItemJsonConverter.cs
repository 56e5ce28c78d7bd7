using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="RankedItem{T}"/> as <c>{"item":…,"score":92.5,"rank":1,"isTied":false}</c>, the item with the
/// contract the options give <typeparamref name="T"/>, the score with its scale. All properties are required and the
/// rank starts at 1.
/// </summary>
/// <typeparam name="T">The item type; its own contract must be available from the options (reflection, or a context that lists it).</typeparam>
/// <remarks>
/// <para>
/// The item type is the caller's, so <see cref="PartyWorkJsonConverterFactory"/> cannot create this converter without
/// reflection; attach one per item type: <c>options.Converters.Add(new RankedItemJsonConverter&lt;Unit&gt;())</c>, or
/// <c>[JsonSourceGenerationOptions(Converters = [typeof(PartyWorkJsonConverterFactory), typeof(RankedItemJsonConverter&lt;Unit&gt;)])]</c>
/// with <c>[JsonSerializable(typeof(RankedItem&lt;Unit&gt;))]</c> on your context. Without it, System.Text.Json's default
/// contract writes the same names under camelCase but does not check the rank.
/// </para>
/// <para>The ranking is not recomputed on reading: an item reads back with the rank and tie it was written with.</para>
/// </remarks>
public sealed class RankedItemJsonConverter<T> : JsonConverter<RankedItem<T>>
{
    private const string Owner = "a ranked item {\"item\",\"score\",\"rank\",\"isTied\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing or of the wrong type, the rank is below 1, or the item is invalid for its own contract.</exception>
    public override RankedItem<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        JsonFields.StartObject(ref reader, Owner);
        var hasItem = false;
        T? item = default;
        decimal? score = null;
        int? rank = null;
        bool? tied = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "item":
                    item = JsonSerializer.Deserialize(ref reader, ItemInfo(options));
                    hasItem = true;
                    break;
                case "score": score = JsonFields.Decimal(ref reader, "'score': a number"); break;
                case "rank":
                    rank = JsonFields.Int32(ref reader, "'rank': an integer from 1");
                    if (rank < 1)
                    {
                        throw JsonFields.Unexpected(ref reader, "'rank': an integer from 1");
                    }

                    break;
                case "isTied": tied = JsonFields.Boolean(ref reader, "'isTied': true or false"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        if (!hasItem)
        {
            throw JsonFields.Missing("item", Owner);
        }

        return new RankedItem<T>(
            item!,
            score ?? throw JsonFields.Missing("score", Owner),
            rank ?? throw JsonFields.Missing("rank", Owner),
            tied ?? throw JsonFields.Missing("isTied", Owner));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The rank is below 1 (<c>default(RankedItem&lt;T&gt;)</c>), or the item cannot be written.</exception>
    public override void Write(Utf8JsonWriter writer, RankedItem<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        if (value.Rank < 1)
        {
            throw new JsonException($"Cannot write a ranked item of rank {value.Rank}: ranks start at 1 (default(RankedItem<{typeof(T).Name}>) is not ranked).");
        }

        writer.WriteStartObject();
        writer.WritePropertyName("item");
        JsonSerializer.Serialize(writer, value.Item, ItemInfo(options));
        writer.WriteNumber("score", value.Score);
        writer.WriteNumber("rank", value.Rank);
        writer.WriteBoolean("isTied", value.IsTied);
        writer.WriteEndObject();
    }

    private static JsonTypeInfo<T> ItemInfo(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
