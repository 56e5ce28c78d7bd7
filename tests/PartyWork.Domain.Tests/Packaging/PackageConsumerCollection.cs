namespace PartyWork.Domain.Tests.Packaging;

/// <summary>
/// The package consumer test's own collection: one <see cref="PackedConsumerRun"/> (pack, build, run) shared by its
/// tests. Not run in parallel: xunit runs it after the parallel collections, so its child builds do not take the CPU
/// from the timed tests (OrganizationTreePerformanceTests and others).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackageConsumerCollection : ICollectionFixture<PackedConsumerRun>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Package consumer";
}
