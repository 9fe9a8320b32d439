using Trygghet.Domain.Validation;
using Trygghet.Domain.Rules;

namespace Trygghet.Samples.Console;

/// <summary><c>rules</c>: the rule catalogue.</summary>
internal static class RulesCommand
{
    public static int Run(bool json, Invocation context)
    {
        var stdout = context.Out;
        if (json)
        {
            JsonOutput.Write(stdout, w =>
            {
                w.WriteStartArray();
                foreach (var rule in RuleCatalogue.Entries)
                {
                    w.WriteStartObject();
                    w.WriteString("id", rule.Id);
                    w.WriteString("name", rule.Name.Swedish);
                    w.WriteString("nameEn", rule.Name.English);
                    w.WriteString("severity", JsonOutput.Severity(rule.DefaultSeverity));
                    w.WriteString("basis", rule.Basis.Citation.Swedish);
                    w.WriteString("basisEn", rule.Basis.Citation.English);

                    // Versions of one rule share the id and differ in the period their basis is in force.
                    var from = rule.Basis.InForceFrom;
                    JsonOutput.Date(w, "inForceFrom", from == DateOnly.MinValue ? null : from);
                    JsonOutput.Date(w, "inForceTo", rule.Basis.InForceTo);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return ConsoleApp.Ok;
        }

        var culture = context.Culture;
        if (context.Terminal is { } terminal)
        {
            RichText.Rules(terminal, culture);
            return ConsoleApp.Ok;
        }

        var width = RuleCatalogue.Entries.Select(r => r.Id.Length).DefaultIfEmpty(10).Max();
        foreach (var rule in RuleCatalogue.Entries)
        {
            var severity = SeverityText.Of(rule.DefaultSeverity).Get(culture);
            stdout.WriteLine($"{rule.Id.PadRight(width)}  {severity,-11} {rule.Name.Get(culture)}");
            stdout.WriteLine($"{new string(' ', width)}  {string.Empty,-11} {rule.Basis.Citation.Get(culture)}");
        }

        return ConsoleApp.Ok;
    }
}
