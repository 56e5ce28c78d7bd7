namespace PartyWork.Cli;

/// <summary>The <c>partywork</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line against the process's console streams.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code (see <see cref="CommandLine"/>).</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return CommandLine.Run(args, Console.In, Console.Out, Console.Error);
    }
}
