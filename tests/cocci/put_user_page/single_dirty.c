// One page written through a kernel mapping, dirtied, then released.
// report: get_user_pages_fast() in poke(): convert to pin_user_pages*() and unpin_user_page*()
static int poke(unsigned long addr, u32 val)
{
	struct page *page;
	u32 *p;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	p = kmap_local_page(page);
	*p = val;
	kunmap_local(p);
	set_page_dirty_lock(page);
	put_page(page);
	return 0;
}
