using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="QuotaSolution"/> as
/// <c>{"rule":{"ruleId":"R124-QUOTA","maxExcellentPercentOfGood":20},"pool":7,"eligible":3,"excellentCount":1,"exceptionApplied":false,"assignments":[…],"tiedAtCut":["p2","p3"]}</c>.
/// All properties are required; <see cref="QuotaSolution.GoodCount"/> is derived and not written.
/// </summary>
/// <remarks>
/// Read back as written (the quota is not solved again), but the counts must be those of the assignments, which is
/// what they mean: <c>"pool"</c> counts the candidates allowed good or better, <c>"eligible"</c> those allowed
/// excellent, <c>"excellentCount"</c> those given excellent; the candidates stand in descending score order (as
/// <see cref="QuotaRule.Solve"/> takes them), and <c>"tiedAtCut"</c> names eligible candidates.
/// </remarks>
public sealed class QuotaSolutionJsonConverter : JsonConverter<QuotaSolution>
{
    private const string Owner = "a quota solution {\"rule\",\"pool\",\"eligible\",\"excellentCount\",\"exceptionApplied\",\"assignments\",\"tiedAtCut\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing or invalid, or the counts are not those of the assignments.</exception>
    public override QuotaSolution Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        QuotaRule? rule = null;
        long? pool = null, eligible = null, excellent = null;
        bool? exception = null;
        List<QuotaAssignment>? assignments = null;
        string[]? tied = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "rule": rule = QuotaRuleJsonConverter.Instance.Read(ref reader, typeof(QuotaRule), options); break;
                case "pool": pool = JsonFields.Count(ref reader, "'pool'"); break;
                case "eligible": eligible = JsonFields.Count(ref reader, "'eligible'"); break;
                case "excellentCount": excellent = JsonFields.Count(ref reader, "'excellentCount'"); break;
                case "exceptionApplied": exception = JsonFields.Boolean(ref reader, "'exceptionApplied': true or false"); break;
                case "assignments":
                    assignments = JsonFields.Array(
                        ref reader,
                        "'assignments': an array of quota assignments",
                        (ref Utf8JsonReader r) => QuotaAssignmentJsonConverter.Instance.Read(ref r, typeof(QuotaAssignment), options));
                    break;
                case "tiedAtCut": tied = JsonFields.StringArray(ref reader, "'tiedAtCut'"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var solution = new QuotaSolution(
            rule ?? throw JsonFields.Missing("rule", Owner),
            pool ?? throw JsonFields.Missing("pool", Owner),
            eligible ?? throw JsonFields.Missing("eligible", Owner),
            excellent ?? throw JsonFields.Missing("excellentCount", Owner),
            exception ?? throw JsonFields.Missing("exceptionApplied", Owner),
            (assignments ?? throw JsonFields.Missing("assignments", Owner)).AsReadOnly(),
            Array.AsReadOnly(tied ?? throw JsonFields.Missing("tiedAtCut", Owner)));
        Check(solution);
        return solution;
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">An assignment cannot be written (see <see cref="QuotaAssignmentJsonConverter"/>).</exception>
    public override void Write(Utf8JsonWriter writer, QuotaSolution value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("rule");
        QuotaRuleJsonConverter.Instance.Write(writer, value.Rule, options);
        writer.WriteNumber("pool", value.Pool);
        writer.WriteNumber("eligible", value.Eligible);
        writer.WriteNumber("excellentCount", value.ExcellentCount);
        writer.WriteBoolean("exceptionApplied", value.ExceptionApplied);
        JsonFields.WriteArray(writer, "assignments", value.Assignments, (w, a) => QuotaAssignmentJsonConverter.Instance.Write(w, a, options));
        JsonFields.WriteStrings(writer, "tiedAtCut", value.TiedAtCut);
        writer.WriteEndObject();
    }

    private static void Check(QuotaSolution solution)
    {
        long pool = 0, eligible = 0, excellent = 0;
        var eligibleIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < solution.Assignments.Count; i++)
        {
            var assignment = solution.Assignments[i];
            if (i > 0 && assignment.Candidate.Score > solution.Assignments[i - 1].Candidate.Score)
            {
                throw new JsonException(
                    $"Expected 'assignments' in descending score order, but found \"{JsonFields.Shorten(assignment.Candidate.Id)}\" ({assignment.Candidate.Score}) after {solution.Assignments[i - 1].Candidate.Score}.");
            }

            pool += assignment.Candidate.HighestAllowed >= RatingLevel.Good ? 1 : 0;
            excellent += assignment.Level == RatingLevel.Excellent ? 1 : 0;
            if (assignment.Candidate.HighestAllowed == RatingLevel.Excellent)
            {
                eligible++;
                eligibleIds.Add(assignment.Candidate.Id);
            }
        }

        Expect("pool", "the candidates allowed good or better", pool, solution.Pool);
        Expect("eligible", "the candidates allowed excellent", eligible, solution.Eligible);
        Expect("excellentCount", "the candidates given excellent", excellent, solution.ExcellentCount);
        foreach (var id in solution.TiedAtCut)
        {
            if (!eligibleIds.Contains(id))
            {
                throw new JsonException($"Expected 'tiedAtCut' to name candidates allowed excellent, but found \"{JsonFields.Shorten(id)}\".");
            }
        }
    }

    private static void Expect(string property, string meaning, long counted, long found)
    {
        if (counted != found)
        {
            throw new JsonException($"Expected '{property}' to count {meaning} in 'assignments' ({counted}), but found {found}.");
        }
    }
}
