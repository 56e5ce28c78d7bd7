namespace PartyWork.Domain.Organizations;

/// <summary>Thrown when rows do not make an <see cref="OrganizationTree"/>; lists every problem found, not only the first.</summary>
public sealed class OrganizationTreeException : Exception
{
    /// <summary>Creates the exception with no problems listed.</summary>
    public OrganizationTreeException()
        : this("The rows do not make an organization tree.")
    {
    }

    /// <summary>Creates the exception with a message and no problems listed.</summary>
    /// <param name="message">The message.</param>
    public OrganizationTreeException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message, an inner exception and no problems listed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public OrganizationTreeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates the exception for the problems found.</summary>
    /// <param name="problems">Every problem found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public OrganizationTreeException(IReadOnlyList<OrganizationTreeProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    /// <value>The problems, ordered by kind then ids; empty when created without problems.</value>
    public IReadOnlyList<OrganizationTreeProblem> Problems { get; }

    private static string Describe(IReadOnlyList<OrganizationTreeProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"The rows do not make an organization tree ({problems.Count} problem(s)):{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
    }
}
