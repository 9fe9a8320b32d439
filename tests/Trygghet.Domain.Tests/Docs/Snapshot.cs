namespace Trygghet.Domain.Tests.Docs;

/// <summary>
/// Generated files committed to the repository (docs/rules.md, docs/schema/*.json, samples/documents/*.json):
/// a test fails when a file differs from what the library generates now; with TRYGGHET_UPDATE_SNAPSHOTS=1 it
/// rewrites the file instead.
/// </summary>
public static class Snapshot
{
    public const string UpdateVariable = "TRYGGHET_UPDATE_SNAPSHOTS";

    public static string RepositoryRoot { get; } = FindRoot();

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Asserts that the file at <paramref name="relativePath"/> holds <paramref name="expected"/> (or writes it when updating).</summary>
    public static void Verify(string relativePath, string expected)
    {
        var path = Path.Combine(RepositoryRoot, relativePath);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
            return;
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        Assert.True(
            actual == expected,
            $"{relativePath} is {(actual is null ? "missing" : "stale")}. Regenerate it with: " +
            $"{UpdateVariable}=1 dotnet test tests/Trygghet.Domain.Tests -c Release --filter \"FullyQualifiedName~Trygghet.Domain.Tests.Docs\"");
    }

    /// <summary>Files in a folder that no generator produced (stale leftovers), relative to the root.</summary>
    public static void VerifyNoOthers(string relativeFolder, IEnumerable<string> expectedFileNames, string pattern)
    {
        var folder = Path.Combine(RepositoryRoot, relativeFolder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        var expected = expectedFileNames.ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, pattern))
        {
            var name = Path.GetFileName(file);
            if (expected.Contains(name))
            {
                continue;
            }

            if (Updating)
            {
                File.Delete(file);
            }
            else
            {
                Assert.Fail($"{relativeFolder}/{name} is not generated any more; delete it or run with {UpdateVariable}=1.");
            }
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Trygghet.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Trygghet.Domain.sln) above " + AppContext.BaseDirectory);
    }
}
