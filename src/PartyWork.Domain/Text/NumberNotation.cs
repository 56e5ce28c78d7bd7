namespace PartyWork.Domain.Text;

/// <summary>How a written number separates thousands and decimals.</summary>
public enum NumberNotation
{
    /// <summary>Vietnamese: <c>'.'</c> groups thousands, <c>','</c> is the decimal mark (<c>"1.004"</c>, <c>"27,98"</c>).</summary>
    Vietnamese = 0,

    /// <summary>English: <c>','</c> groups thousands, <c>'.'</c> is the decimal mark (<c>"2,129,000"</c>, <c>"99.41"</c>).</summary>
    English = 1,
}
