using Safeguarding.Domain.Rag;

namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>The JSON shape of a stored RAG dimension with its levels.</summary>
internal sealed record StoredRagDimension(string Id, string Name, bool TracksCompletion, IReadOnlyList<RagLevel> Levels)
{
    internal static StoredRagDimension Of(RagDimension dimension) =>
        new(dimension.Id, dimension.Name, dimension.TracksCompletion, dimension.Levels);

    internal RagDimension ToDimension() => new(Id, Name, TracksCompletion, Levels);
}
