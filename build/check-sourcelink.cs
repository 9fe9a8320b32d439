// Reads a portable PDB and fails unless its source link map sends every source file to the given repository.
// Usage: dotnet run build/check-sourcelink.cs -- PDB REPOSITORY_URL [COMMIT]
//   PDB             the portable PDB (from the .snupkg)
//   REPOSITORY_URL  the repository the package declares, e.g. https://github.com/owner/name
//   COMMIT          the commit the map must point at (optional)
// Exit 0 when the map is present and covers every document that is not embedded; 1 otherwise, with the reason.
using System.Reflection.Metadata;
using System.Text.Json;
using System.Text.RegularExpressions;

if (args.Length is < 2 or > 3)
{
    Console.Error.WriteLine("usage: check-sourcelink PDB REPOSITORY_URL [COMMIT]");
    return 2;
}

var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
var embeddedSourceKind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
var (pdbPath, repositoryUrl, commit) = (args[0], args[1].TrimEnd('/'), args.Length == 3 ? args[2] : null);

var repository = Regex.Match(repositoryUrl, "^https://github\\.com/(?<owner>[^/]+)/(?<name>[^/]+?)(\\.git)?$");
if (!repository.Success)
{
    return Fail($"'{repositoryUrl}' is not a GitHub repository URL");
}

using var stream = File.OpenRead(pdbPath);
using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
var pdb = provider.GetMetadataReader();

string? json = null;
var embedded = new HashSet<DocumentHandle>();
foreach (var handle in pdb.CustomDebugInformation)
{
    var info = pdb.GetCustomDebugInformation(handle);
    var kind = pdb.GetGuid(info.Kind);
    if (kind == sourceLinkKind)
    {
        json = System.Text.Encoding.UTF8.GetString(pdb.GetBlobBytes(info.Value));
    }
    else if (kind == embeddedSourceKind && info.Parent.Kind == HandleKind.Document)
    {
        embedded.Add((DocumentHandle)info.Parent);
    }
}

if (json is null)
{
    return Fail("the PDB has no source link map");
}

// Each entry maps a local path prefix ending in '*' to a URL prefix ending in '*'.
var expectedUrl = $"https://raw.githubusercontent.com/{repository.Groups["owner"].Value}/{repository.Groups["name"].Value}/";
var map = new List<(string Path, string Url)>();
using (var document = JsonDocument.Parse(json))
{
    if (!document.RootElement.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Object)
    {
        return Fail($"the source link map has no \"documents\" object: {json}");
    }

    foreach (var entry in documents.EnumerateObject())
    {
        var url = entry.Value.GetString() ?? string.Empty;
        if (!url.StartsWith(expectedUrl, StringComparison.Ordinal))
        {
            return Fail($"'{entry.Name}' maps to '{url}', not to {expectedUrl}...");
        }

        var revision = url[expectedUrl.Length..].Split('/')[0];
        if (!Regex.IsMatch(revision, "^[0-9a-f]{40}$") || (commit is not null && revision != commit))
        {
            return Fail($"'{entry.Name}' maps to revision '{revision}', expected {commit ?? "a commit id"}");
        }

        map.Add((entry.Name.TrimEnd('*'), url));
    }
}

if (map.Count == 0)
{
    return Fail("the source link map is empty");
}

var documentsCount = 0;
foreach (var handle in pdb.Documents)
{
    var name = pdb.GetString(pdb.GetDocument(handle).Name);
    documentsCount++;
    if (!embedded.Contains(handle) && !map.Any(m => name.StartsWith(m.Path, StringComparison.Ordinal)))
    {
        return Fail($"source file '{name}' is neither mapped nor embedded");
    }
}

Console.WriteLine($"source link: {documentsCount} documents ({embedded.Count} embedded), map {string.Join(", ", map.Select(m => $"{m.Path}* -> {m.Url}"))}");
return 0;

static int Fail(string reason)
{
    Console.Error.WriteLine("FAIL: " + reason);
    return 1;
}
