using Safeguarding.Domain.Rag;

namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>The JSON shape of a stored RAG scheme: whole, so a plan reads the same if a built-in scheme later changes.</summary>
internal sealed record StoredRagScheme(string Id, string Name, IReadOnlyList<StoredRagDimension> Dimensions)
{
    internal static StoredRagScheme Of(RagScheme scheme) =>
        new(scheme.Id, scheme.Name, [.. scheme.Dimensions.Select(StoredRagDimension.Of)]);

    internal RagScheme ToScheme() => new(Id, Name, Dimensions.Select(dimension => dimension.ToDimension()));
}
