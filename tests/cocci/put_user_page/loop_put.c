// A local array released by a put_page() loop in the same function.
// report: get_user_pages_fast() in map_buf(): convert to pin_user_pages*() and unpin_user_page*()
static int map_buf(unsigned long addr, int n, struct page **pages)
{
	void *v;
	int i, ret;

	ret = get_user_pages_fast(addr, n, FOLL_WRITE, pages);
	if (ret < n)
		goto out;
	v = vmap(pages, n, VM_MAP, PAGE_KERNEL);
	dev_use(v);
	vunmap(v);
out:
	for (i = 0; i < ret; i++)
		put_page(pages[i]);
	return 0;
}
