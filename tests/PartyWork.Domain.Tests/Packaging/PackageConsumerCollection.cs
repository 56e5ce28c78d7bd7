namespace PartyWork.Domain.Tests.Packaging;

/// <summary>
/// The package consumer test's own collection: one <see cref="PackedConsumerRun"/> (pack, build, run) shared by its
/// tests, which run one after another while the other collections run in parallel with it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageConsumerCollection : ICollectionFixture<PackedConsumerRun>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Package consumer";
}
