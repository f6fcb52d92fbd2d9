// No pages returned: the call only faults the range in.
// report: get_user_pages_fast() in prefault(): leave: no pages are returned (pages == NULL)
static int prefault(unsigned long addr, int n)
{
	return get_user_pages_fast(addr, n, FOLL_WRITE, NULL);
}
