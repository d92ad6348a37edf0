namespace Safeguarding.Domain.Specifications;

internal sealed class SpecificationBuilder<T>(Specification<T> specification) : IOrderedSpecificationBuilder<T>
{
    public Specification<T> Specification { get; } = specification;
}
