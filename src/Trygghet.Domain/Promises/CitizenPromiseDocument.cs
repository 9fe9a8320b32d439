namespace Trygghet.Domain.Promises;

/// <summary>The descriptor of the kind <see cref="CitizenPromise"/>.</summary>
internal static class CitizenPromiseDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<CitizenPromise>(
        DocumentKind.CitizenPromise, new("medborgarlöfte", "citizen promise"), "Medborgarlöfte (citizen promise) of a municipality and a local police area.", Facts.PromiseFacts.From, Rules.PromiseRules.All);
}
