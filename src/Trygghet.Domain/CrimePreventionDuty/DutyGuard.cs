namespace Trygghet.Domain.CrimePreventionDuty;

/// <summary>Argument checks the duty file's types share.</summary>
internal static class DutyGuard
{
    /// <summary>Returns <paramref name="items"/> when no two share an id; otherwise throws naming the id.</summary>
    public static EquatableArray<T> UniqueIds<T>(EquatableArray<T> items, Func<T, string> id, string parameter)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(id(item)))
            {
                throw DomainGuards.Localized(
                    new ArgumentException($"Id \"{id(item)}\" occurs twice.", parameter),
                    $"Id \"{id(item)}\" förekommer två gånger.");
            }
        }

        return items;
    }
}
