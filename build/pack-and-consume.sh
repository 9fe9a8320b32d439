#!/usr/bin/env bash
# Packs Trygghet.Domain with a unique version, checks the symbol package's source link map, consumes the package
# from a throwaway console project (own nuget.config, own package cache, so no stale copy can hide a broken
# package), runs it and checks its output; then packs the dotnet tool Trygghet.Domain.Tool, installs it from the
# local feed and runs `trygghet deadlines --ics`.
# Usage: build/pack-and-consume.sh            (exit 0 when the package works; non-zero on any failure)
# Env:   KEEP_WORK=1 keeps the temporary folder for inspection.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d "${TMPDIR:-/tmp}/trygghet-pack.XXXXXX")"
cleanup() { if [ "${KEEP_WORK:-0}" = "1" ]; then echo "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT

version="0.1.0-ci.$(date -u +%Y%m%d%H%M%S).$$"
feed="$work/feed"
app="$work/app"
mkdir -p "$feed" "$app"

echo "== pack Trygghet.Domain $version"
dotnet pack "$root/src/Trygghet.Domain/Trygghet.Domain.csproj" -c Release -o "$feed" \
  -p:Version="$version" -p:ContinuousIntegrationBuild=true --nologo -v quiet

# The tool is packed here, with the repository's package cache; it is installed from the feed further down.
echo "== pack the dotnet tool Trygghet.Domain.Tool $version"
dotnet pack "$root/samples/Trygghet.Samples.Console/Trygghet.Samples.Console.csproj" -c Release -o "$feed" \
  -p:Version="$version" -p:ContinuousIntegrationBuild=true --nologo -v quiet
tool="$feed/Trygghet.Domain.Tool.$version.nupkg"
[ -f "$tool" ] || { echo "FAIL: $tool missing" >&2; exit 1; }

nupkg="$feed/Trygghet.Domain.$version.nupkg"
snupkg="$feed/Trygghet.Domain.$version.snupkg"
[ -f "$nupkg" ] || { echo "FAIL: $nupkg missing" >&2; exit 1; }
[ -f "$snupkg" ] || { echo "FAIL: $snupkg missing" >&2; exit 1; }
contents="$(unzip -l "$nupkg")"
for expected in README.md lib/net10.0/Trygghet.Domain.dll lib/net10.0/Trygghet.Domain.xml Trygghet.Domain.nuspec; do
  grep -q "$expected" <<<"$contents" || { echo "FAIL: $expected not in the package" >&2; exit 1; }
done
nuspec="$(unzip -p "$nupkg" Trygghet.Domain.nuspec)"
for expected in '<license type="expression">MIT</license>' '<readme>README.md</readme>' \
  'https://github.com/trygghet-domain/Trygghet.Domain' "<version>$version</version>"; do
  grep -qF "$expected" <<<"$nuspec" || { echo "FAIL: nuspec lacks $expected" >&2; exit 1; }
done

# SourceLink: the symbol package's PDB must map every source file to the repository and commit the nuspec
# declares (a local origin or none must not matter). A PDB without the map fails here.
repository_line="$(grep -o '<repository [^>]*>' <<<"$nuspec")" || { echo "FAIL: nuspec has no <repository>" >&2; exit 1; }
repository_url="$(sed -n 's/.* url="\([^"]*\)".*/\1/p' <<<"$repository_line")"
repository_commit="$(sed -n 's/.* commit="\([^"]*\)".*/\1/p' <<<"$repository_line")"
[ -n "$repository_commit" ] || { echo "FAIL: nuspec's <repository> has no commit" >&2; exit 1; }
unzip -q -o "$snupkg" 'lib/net10.0/Trygghet.Domain.pdb' -d "$work/symbols"
echo "== check the source link map ($repository_url @ $repository_commit)"
dotnet run "$root/build/check-sourcelink.cs" -- "$work/symbols/lib/net10.0/Trygghet.Domain.pdb" "$repository_url" "$repository_commit" \
  || { echo "FAIL: the package's PDB does not map its sources to $repository_url" >&2; exit 1; }
echo "== pack Trygghet.Domain.NRules $version"
dotnet pack "$root/src/Trygghet.Domain.NRules/Trygghet.Domain.NRules.csproj" -c Release -o "$feed" \
  -p:Version="$version" -p:ContinuousIntegrationBuild=true --nologo -v quiet
adapter="$feed/Trygghet.Domain.NRules.$version.nupkg"
[ -f "$adapter" ] || { echo "FAIL: $adapter missing" >&2; exit 1; }
[ -f "$feed/Trygghet.Domain.NRules.$version.snupkg" ] || { echo "FAIL: the NRules package has no symbols" >&2; exit 1; }
adapter_contents="$(unzip -l "$adapter")"
for expected in README.md lib/net10.0/Trygghet.Domain.NRules.dll lib/net10.0/Trygghet.Domain.NRules.xml; do
  grep -q "$expected" <<<"$adapter_contents" || { echo "FAIL: $expected not in the NRules package" >&2; exit 1; }
done
adapter_nuspec="$(unzip -p "$adapter" Trygghet.Domain.NRules.nuspec)"
for expected in "<dependency id=\"Trygghet.Domain\" version=\"$version\"" '<dependency id="NRules" version="1.0.4"'; do
  grep -qF "$expected" <<<"$adapter_nuspec" || { echo "FAIL: the NRules nuspec lacks $expected" >&2; exit 1; }
done
# The core package must not depend on NRules.
if grep -qi 'nrules' <<<"$nuspec"; then echo "FAIL: Trygghet.Domain depends on NRules" >&2; exit 1; fi

# The consumer restores only from the local feed and the repository's nuget.org source, into a fresh cache.
source_url="$(sed -n 's/.*<add key="[^"]*" value="\([^"]*\)".*/\1/p' "$root/nuget.config" | head -1)"
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="${source_url:-https://api.nuget.org/v3/index.json}" protocolVersion="3" />
  </packageSources>
</configuration>
XML
cat > "$app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Trygghet.Domain" Version="$version" />
    <PackageReference Include="Trygghet.Domain.NRules" Version="$version" />
    <None Include="cooperation-agreement-2022.json" CopyToOutputDirectory="PreserveNewest" />
  </ItemGroup>
</Project>
XML
cp "$root/samples/documents/cooperation-agreement-2022.json" "$app/"
cat > "$app/Program.cs" <<'CS'
using Trygghet.Domain.Common;
using Trygghet.Domain.NRules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Validation;

// A sample agreement, read from its JSON (the seed catalogue is not in the package), through the default validator.
var read = TrygghetJson.DeserializeFile(Path.Combine(AppContext.BaseDirectory, "cooperation-agreement-2022.json"));
if (!read.IsSuccess) { Console.WriteLine(read.Error!.Render(null)); return 1; }
var agreement = read.Value!;
var report = TrygghetValidator.Default.Validate(agreement, new DateOnly(2023, 12, 31));
Console.WriteLine($"agreement-findings={report.Findings.Count} compliant={report.IsCompliant}");

// JSON round trip.
var back = TrygghetJson.Deserialize(TrygghetJson.Serialize(agreement));
Console.WriteLine($"roundtrip={back.IsSuccess && back.Value.Equals(agreement)}");

// Deadlines of the 2020-11-20 meeting.
var deadlines = DeadlineCalculator.Default.Calculate(new DateOnly(2020, 11, 20), attested: new DateOnly(2020, 11, 25), posted: new DateOnly(2020, 11, 25));
var chain = deadlines.Chain;
Console.WriteLine($"attest-by={chain.AttestationDeadline.Date:yyyy-MM-dd} appeal-ends={chain.AppealPeriodEnds.Date:yyyy-MM-dd} final-from={chain.LegallyFinalFrom:yyyy-MM-dd} findings={deadlines.Findings.Count}");

// A rule of the consumer's own, written as a class outside the library.
var own = new TrygghetValidator(TrygghetValidatorOptions.Default.AddRules(new TitleNamesMunicipality()));
var ownReport = own.Validate(agreement, new DateOnly(2023, 12, 31));
Console.WriteLine($"own-rule-findings={ownReport.FindingsFor("LOCAL-TITLE-PARTY").Count()}");

// The same validation on NRules, from the second package.
var onNRules = new TrygghetValidator(TrygghetValidatorOptions.Default.UseNRules()).Validate(agreement, new DateOnly(2023, 12, 31));
Console.WriteLine($"nrules-same={onNRules.Findings.Count > 0 && onNRules.Findings.SequenceEqual(report.Findings)}");
return 0;

internal sealed class TitleNamesMunicipality : Rule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "LOCAL-TITLE-PARTY",
        Name = new("Rubriken nämner kommunen", "Title names the municipality"),
        Description = new("Exempelregel.", "Example rule."),
        Message = new("Rubriken \"{title}\" nämner kommunen.", "The title \"{title}\" names the municipality."),
        Basis = LegalBasis.Guidance(new("Lokal riktlinje", "Local guideline")),
        DefaultSeverity = Severity.Info,
    };

    protected override void Define(RuleBuilder rule) =>
        rule.Match<IDocument>(d => d.Title.Contains("Upplands-Bro", StringComparison.Ordinal))
            .Then((ctx, d) => ctx.Report("title", ("title", d.Title)));
}
CS

echo "== restore, build and run the consumer (fresh package cache)"
export NUGET_PACKAGES="$work/packages"
output="$(cd "$app" && dotnet run -c Release --nologo 2>&1)" || { echo "$output" >&2; echo "FAIL: the consumer did not run" >&2; exit 1; }
echo "$output"

check() { grep -qE "$1" <<<"$output" || { echo "FAIL: output lacks /$1/" >&2; exit 1; }; }
check '^agreement-findings=[0-9]+ compliant=(True|False)$'
check '^roundtrip=True$'
check '^attest-by=2020-12-04 appeal-ends=2020-12-16 final-from=2020-12-17 findings=0$'
check '^own-rule-findings=1$'
echo "== install the dotnet tool from the local feed, run trygghet deadlines --ics"
dotnet tool install Trygghet.Domain.Tool --version "$version" --tool-path "$work/tools" --configfile "$app/nuget.config" \
  || { echo "FAIL: the tool did not install from the local feed" >&2; exit 1; }
export DOTNET_ROOT="${DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}"
trygghet="$work/tools/trygghet"
tool_version="$("$trygghet" --version)" || { echo "FAIL: trygghet --version" >&2; exit 1; }
[ "${tool_version%%+*}" = "$version" ] || { echo "FAIL: trygghet --version says '$tool_version', not $version" >&2; exit 1; }
ics="$("$trygghet" deadlines --meeting 2020-11-20 --attested 2020-11-25 --posted 2020-11-25 --body subcommittee --ics)" \
  || { echo "$ics" >&2; echo "FAIL: trygghet deadlines --ics did not run" >&2; exit 1; }
echo "$ics" | head -12
grep -q $'^BEGIN:VCALENDAR\r$' <<<"$ics" || { echo "FAIL: no VCALENDAR from trygghet deadlines --ics" >&2; exit 1; }
[ "$(grep -c $'^BEGIN:VEVENT\r$' <<<"$ics")" -eq 5 ] || { echo "FAIL: trygghet deadlines --ics did not give five events" >&2; exit 1; }
grep -q $'^DTSTART;VALUE=DATE:20201216\r$' <<<"$ics" || { echo "FAIL: the appeal period's end 2020-12-16 is not in the calendar" >&2; exit 1; }
set +e
"$trygghet" deadlines --meting 2020-11-20 2>"$work/typo.txt"; typo_status=$?
set -e
[ "$typo_status" -eq 2 ] && grep -q "menade du '--meeting'" "$work/typo.txt" \
  || { cat "$work/typo.txt" >&2; echo "FAIL: a mistyped option did not exit 2 with a suggestion" >&2; exit 1; }

check '^nrules-same=True$'
echo "pack-and-consume: ok ($version)"
