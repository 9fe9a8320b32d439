using System.Globalization;

namespace Trygghet.Domain.Agreements.Facts;

/// <summary>Builds camelCase JSON paths for facts, e.g. <c>agreements[1].actionPlan.measures[24].number</c>.</summary>
internal static class FactPath
{
    public static string Member(string prefix, string member) => prefix.Length == 0 ? member : prefix + "." + member;

    public static string Item(string prefix, string member, int index) =>
        Member(prefix, member) + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public static string Key(string prefix, string caseNumber) => prefix + "|" + caseNumber;
}
