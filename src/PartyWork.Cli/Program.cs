using System.Text;

namespace PartyWork.Cli;

/// <summary>The <c>partywork</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line against the process's console streams.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code (see <see cref="CommandLine"/>).</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;

        // Standard input is decoded as strict UTF-8, so that 'check -' rejects other encodings instead of misreading them.
        using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false, throwOnInvalidBytes: true));
        return CommandLine.Run(args, stdin, Console.Out, Console.Error);
    }
}
