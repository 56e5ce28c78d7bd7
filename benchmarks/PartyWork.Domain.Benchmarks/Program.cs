using BenchmarkDotNet.Running;

namespace PartyWork.Domain.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/PartyWork.Domain.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks the command line selects.</summary>
    /// <param name="args">BenchmarkDotNet switcher arguments (for example <c>--filter *Ratio* --job short</c>).</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
