using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Trygghet.Domain.Common;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Conventions;

/// <summary>
/// The public XML docs (the Trygghet.Domain.xml shipped in the package) explain in general terms: they never name a
/// municipality the sample documents come from or a case number of those documents, which a reader of the package
/// does not have.
/// </summary>
public sealed partial class PublicDocsConventionTests
{
    private static readonly Assembly Library = typeof(TrygghetValidator).Assembly;

    private static readonly string[] SeedMunicipalities = ["Upplands-Bro", "Upplands Bro", "Värmdö", "Varmdo"];

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void PublicDocs_NameNoSeedMunicipalityAndNoSeedCaseNumber()
    {
        var seedNumbers = SeedCaseNumbers();
        var offences = PublicDocs()
            .SelectMany(doc => Offences(doc.Text, seedNumbers).Select(word => $"{doc.Id}: \"{word}\""))
            .ToList();

        Assert.True(offences.Count == 0, "Public XML docs name a seed municipality or case number:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void PublicDocs_TheScanReadsThePublicSurfaceAndSkipsInternals()
    {
        var ids = PublicDocs().Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("T:Trygghet.Domain.Common.CaseNumber", ids);
        Assert.Contains(ids, id => id.StartsWith("M:Trygghet.Domain.Common.CaseNumber.Parse(", StringComparison.Ordinal));
        Assert.Contains("P:Trygghet.Domain.Agreements.Signatory.Name", ids);
        Assert.DoesNotContain(ids, id => Resolve(id.Split('(')[0][2..]) is { IsVisible: false });
        Assert.True(ids.Count > 500, $"only {ids.Count} public docs read");
    }

    [Fact]
    public void Offences_FindTheSeedNamesAndNumbers_AndNothingElse()
    {
        var seedNumbers = SeedCaseNumbers();

        Assert.Contains("KS 20/0600", seedNumbers);
        Assert.Contains("2017KS/0118", seedNumbers);
        Assert.Equal(["Värmdö", "KS 20/0600"], Offences("e.g. Värmdö's report, case KS 20/0600.", seedNumbers));
        Assert.Empty(Offences("e.g. Exempelby kommun, case KS 25/0311.", seedNumbers));
    }

    private static IEnumerable<string> Offences(string text, IReadOnlyCollection<string> seedNumbers)
    {
        var flat = Whitespace().Replace(text, " ");
        return SeedMunicipalities.Concat(seedNumbers).Where(word => flat.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    // Every case number written in the sample documents (samples/documents/*.json), as written there.
    private static List<string> SeedCaseNumbers() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(Docs.Snapshot.RepositoryRoot, "samples/documents"), "*.json")
            .SelectMany(file => CaseNumberLike().Matches(File.ReadAllText(file)))
            .Select(m => m.Value)
            .Where(text => CaseNumber.TryParse(text, out _))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    private static IEnumerable<(string Id, string Text)> PublicDocs()
    {
        var file = Path.ChangeExtension(Library.Location, ".xml");
        Assert.True(File.Exists(file), $"{file} missing: the library's XML doc file is copied next to it");
        return XDocument.Load(file).Descendants("member")
            .Select(m => (Id: m.Attribute("name")!.Value, Text: m.Value))
            .Where(m => IsPublic(m.Id));
    }

    // A documentation id ("T:Ns.Type", "M:Ns.Type.Method(Args)", "P:Ns.Type.Name") names a public member when its type
    // is visible and a member of that name is public or protected. An id that cannot be resolved counts as public.
    private static bool IsPublic(string id)
    {
        var name = id[2..].Split('(')[0];
        if (id[0] == 'T')
        {
            return Resolve(name) is not { } t || t.IsVisible;
        }

        var dot = name.LastIndexOf('.');
        if (dot < 0 || Resolve(name[..dot]) is not { } type)
        {
            return true;
        }

        if (!type.IsVisible)
        {
            return false;
        }

        var member = name[(dot + 1)..].Split("``")[0].Replace('#', '.');
        var found = type.GetMember(member == ".ctor" ? ConstructorInfo.ConstructorName : member, Everything);
        return found.Length == 0 || found.Any(Visible);
    }

    private static bool Visible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(Visible),
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        EventInfo e => e.AddMethod is { } add && Visible(add),
        Type t => t.IsVisible,
        _ => true,
    };

    // "Ns.Outer.Inner" is the reflection name "Ns.Outer+Inner".
    private static Type? Resolve(string name)
    {
        for (var candidate = name; ; )
        {
            if (Library.GetType(candidate) is { } type)
            {
                return type;
            }

            var dot = candidate.LastIndexOf('.');
            if (dot < 0)
            {
                return null;
            }

            candidate = candidate[..dot] + "+" + candidate[(dot + 1)..];
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"([A-ZÅÄÖ]{1,8} [0-9]{2}([0-9]{2})?|[0-9]{4}[A-ZÅÄÖ]{1,8})/[0-9]{1,6}")]
    private static partial Regex CaseNumberLike();
}
